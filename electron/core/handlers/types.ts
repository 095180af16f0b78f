import type { ChannelName, ParsedInput, Result } from '../../../shared/contract/channels';
import type { CoreContext } from '../context';

export type Handler<C extends ChannelName> = (ctx: CoreContext, input: ParsedInput<C>) => Result<C> | Promise<Result<C>>;
/** Every channel must have a handler: a missing one is a compile error where the table is built. */
export type HandlerTable = { [C in ChannelName]: Handler<C> };
export type Handlers<K extends ChannelName> = { [C in K]: Handler<C> };
