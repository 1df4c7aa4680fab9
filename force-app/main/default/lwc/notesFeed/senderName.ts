/** Who sent a flag or note, as people read it: the display name, else the role. */
import { roleLabel } from 'c/voiceViewUtils';
import type { Sender } from 'c/voiceEventBus';

export function senderName(sender: Sender): string {
    return sender.displayName?.trim() || roleLabel(sender.kind);
}
