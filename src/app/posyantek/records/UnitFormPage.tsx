import { recordFormPage } from './RecordFormPage';
/** A productive business unit (Pasal 24 ayat (3)). */
export default recordFormPage('usaha');
