import { IsDefined, ValidateIf } from 'class-validator';

/**
 * For update inputs: validates a field only when it is sent (omitted means "leave as is")
 * and refuses an explicit null.
 */
export function WhenSent(): PropertyDecorator {
  return (target, key) => {
    ValidateIf((_object: unknown, value: unknown) => value !== undefined)(target, key);
    IsDefined({ message: '$property cannot be null' })(target, key);
  };
}
