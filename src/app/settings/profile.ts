// The profile (kader's name, phone's name) is stored by the data layer, which the sync engine
// also reads to send the names to the county: src/data/device.ts.
export { EMPTY_PROFILE, getProfile, setProfile, type Profile } from '../../data/device';
