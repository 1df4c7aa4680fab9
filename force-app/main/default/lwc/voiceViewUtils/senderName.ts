/** Who sent a flag or note, as people read it: the display name, else the role. */
import type { Sender } from 'c/voiceEventBus';
import { roleLabel } from './labels';

export function senderName(sender: Sender): string {
    return sender.displayName?.trim() || roleLabel(sender.kind);
}
