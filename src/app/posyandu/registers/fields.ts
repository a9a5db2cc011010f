export type FieldType = 'text' | 'date' | 'int' | 'decimal' | 'bool' | 'select';
export interface FieldDef {
  key: string;
  type: FieldType;
  required?: boolean;
  options?: readonly string[];
}

export type RegisterKind = 'pregnant' | 'mother' | 'wuspus' | 'vital' | 'meeting' | 'business' | 'finance' | 'counselling';
export const REGISTER_KINDS: RegisterKind[] = ['pregnant', 'mother', 'wuspus', 'vital', 'meeting', 'business', 'finance', 'counselling'];

const f = (key: string, type: FieldType = 'text', extra: Partial<FieldDef> = {}): FieldDef => ({ key, type, ...extra });

/** The form of each register (001 Pasal 86 ayat 3), in the order a kader fills the paper book. */
export const REGISTER_FIELDS: Record<RegisterKind, FieldDef[]> = {
  pregnant: [
    f('name', 'text', { required: true }), f('birthDate', 'date'), f('husbandName'), f('area'), f('lastPeriod', 'date'), f('dueDate', 'date'),
    f('ancVisits', 'int'), f('ironTablets', 'int'), f('muacCm', 'decimal'), f('ancComplete', 'bool'),
    f('status', 'select', { options: ['hamil', 'melahirkan', 'keguguran', 'pindah', 'meninggal'] }), f('outcomeDate', 'date'),
    f('registeredOn', 'date'), f('nik'), f('personId'), f('notes'),
  ],
  mother: [
    f('name', 'text', { required: true }), f('deliveryDate', 'date', { required: true }), f('breastFeeding', 'bool'), f('exclusiveBf', 'bool'),
    f('vitaminA', 'bool'), f('ironTablets', 'int'), f('postnatalVisits', 'int'), f('area'), f('personId'), f('notes'),
  ],
  wuspus: [
    f('name', 'text', { required: true }), f('birthDate', 'date'), f('husbandName'), f('pus', 'bool'), f('kbActive', 'bool'),
    f('kbMethod', 'select', { options: ['', 'pil', 'suntik', 'implan', 'iud', 'kondom', 'mow', 'mop', 'lain'] }), f('children', 'int'),
    f('area'), f('registeredOn', 'date'), f('leftOn', 'date'), f('nik'), f('personId'), f('notes'),
  ],
  vital: [
    f('event', 'select', { options: ['lahir', 'mati'] }), f('subject', 'select', { options: ['bayi', 'balita', 'ibuHamil', 'ibuMelahirkan', 'ibuNifas'] }),
    f('name', 'text', { required: true }), f('date', 'date', { required: true }), f('sex', 'select', { options: ['', 'L', 'P'] }),
    f('birthWeightKg', 'decimal'), f('cause'), f('personId'), f('notes'),
  ],
  meeting: [f('date', 'date', { required: true }), f('topic', 'text', { required: true }), f('attendees', 'int'), f('notes')],
  business: [f('date', 'date', { required: true }), f('activity', 'text', { required: true }), f('resultRp', 'int'), f('notes')],
  finance: [
    f('date', 'date', { required: true }), f('direction', 'select', { options: ['masuk', 'keluar'] }), f('amountRp', 'int', { required: true }),
    f('description', 'text', { required: true }), f('source', 'select', { options: ['', 'masyarakat', 'swasta', 'usaha', 'pemda', 'danaSehat', 'lain'] }),
  ],
  counselling: [f('date', 'date', { required: true }), f('targetName', 'text', { required: true }), f('topic', 'text', { required: true }), f('kaderName'), f('notes')],
};

