import { Context } from '@temporalio/activity';

export async function greet(name: string): Promise<string> {
  return `hello ${name} from activity ${Context.current().info.activityType}`;
}
