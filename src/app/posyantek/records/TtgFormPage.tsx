import { recordFormPage } from './RecordFormPage';
/** A technology of the inventory, with its specification and source. */
export default recordFormPage('ttg');
