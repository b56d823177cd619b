import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, ConflictError, NotFoundError } from '../graphql/errors';
import { decodeGlobalId } from '../graphql/global-id';
import { Person } from '../organisation/person.entity';
import type { CreateGoalInput } from './create-goal.input';
import { StrategicGoal } from './strategic-goal.entity';

export class GoalService {
  constructor(private readonly em: EntityManager) {}

  list(): Promise<StrategicGoal[]> {
    return this.em.find(StrategicGoal, { archivedAt: null }, { orderBy: { code: 'asc', id: 'asc' } });
  }

  findById(globalId: string): Promise<StrategicGoal | null> {
    return this.em.findOne(StrategicGoal, { id: decodeGlobalId(globalId, 'StrategicGoal') });
  }

  async create(input: CreateGoalInput): Promise<StrategicGoal> {
    if (input.startDate > input.endDate) {
      throw new BadUserInputError('startDate must be on or before endDate', { field: 'startDate' });
    }
    return this.em.transactional(async (em) => {
      if (await em.count(StrategicGoal, { code: input.code })) {
        throw new ConflictError(`A goal with code ${input.code} already exists`, { field: 'code' });
      }
      const owner = input.ownerId ? await this.mustFind(em, Person, input.ownerId, 'ownerId') : undefined;
      const parent = input.parentId
        ? await this.mustFind(em, StrategicGoal, input.parentId, 'parentId')
        : undefined;
      const goal = em.create(StrategicGoal, {
        code: input.code,
        title: input.title,
        description: input.description,
        perspective: input.perspective,
        status: input.status,
        fiscalYear: input.fiscalYear,
        startDate: input.startDate,
        endDate: input.endDate,
        owner,
        parent,
      });
      await em.flush();
      return goal;
    });
  }

  private async mustFind<T extends Person | StrategicGoal>(
    em: EntityManager,
    entity: new () => T,
    globalId: string,
    argument: string,
  ): Promise<T> {
    const found = await em.findOne(entity as never, { id: decodeGlobalId(globalId, entity.name, argument) });
    if (!found) throw new NotFoundError(entity.name, globalId);
    return found as T;
  }
}
