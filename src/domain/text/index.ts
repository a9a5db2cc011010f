export { cleanText, cutText, isStorableJson, isStorableText } from './safe-text';
