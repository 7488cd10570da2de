// Choose the region profile that sets each rule's severity.
import { PROFILE_IDS, PROFILE_LABELS, type ProfileId } from '../model';
import { CommandError, defineCommand } from './command';

export interface SetProfileArgs {
  profileId: ProfileId;
}

export const setProfile = defineCommand<SetProfileArgs>({
  id: 'document.profile',
  label: ({ profileId }) => `Ganti profil aturan ke «${PROFILE_LABELS[profileId] ?? profileId}»`,
  recipe: (draft, { profileId }) => {
    if (!(PROFILE_IDS as readonly string[]).includes(profileId)) {
      throw new CommandError(`Profil «${profileId}» tidak dikenal.`);
    }
    if (draft.profileId !== profileId) draft.profileId = profileId;
  },
});
