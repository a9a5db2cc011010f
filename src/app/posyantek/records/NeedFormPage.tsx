import { recordFormPage } from './RecordFormPage';
/** A technology need mapped with the community (pemetaan kebutuhan TTG). */
export default recordFormPage('kebutuhan');
