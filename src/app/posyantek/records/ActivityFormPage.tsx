import { recordFormPage } from './RecordFormPage';
/** Services, consultations, promotion, training, partnerships (BAB V). */
export default recordFormPage('kegiatan');
