import { registerEnumType } from 'type-graphql';

export enum ProcessArea {
  PRODUCTION = 'PRODUCTION',
  SALES = 'SALES',
  LOGISTICS = 'LOGISTICS',
  IT_SERVICES = 'IT_SERVICES',
  QUALITY = 'QUALITY',
  COMPLIANCE = 'COMPLIANCE',
  SUPPLY_CHAIN = 'SUPPLY_CHAIN',
  CUSTOMER_SERVICE = 'CUSTOMER_SERVICE',
  FINANCE = 'FINANCE',
  PEOPLE = 'PEOPLE',
}

registerEnumType(ProcessArea, {
  name: 'ProcessArea',
  description: 'The operational process area a KPI measures.',
  valuesConfig: {
    PRODUCTION: { description: 'Manufacturing output, OEE, scrap.' },
    SALES: { description: 'Orders, revenue, pipeline.' },
    LOGISTICS: { description: 'Delivery, warehousing, transport.' },
    IT_SERVICES: { description: 'Availability, incidents, service levels.' },
    QUALITY: { description: 'Defects, complaints, first-pass yield.' },
    COMPLIANCE: { description: 'Audits, findings, regulatory obligations.' },
    SUPPLY_CHAIN: { description: 'Suppliers, inventory, procurement.' },
    CUSTOMER_SERVICE: { description: 'Satisfaction, response and resolution times.' },
    FINANCE: { description: 'Working capital, cost, cash.' },
    PEOPLE: { description: 'Headcount, attrition, training, safety.' },
  },
});
