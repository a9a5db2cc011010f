import type { CapacitorConfig } from '@capacitor/cli';

const config: CapacitorConfig = {
  appId: 'id.kaderdesa.app',
  appName: 'Kader Desa',
  webDir: 'dist',
  android: { allowMixedContent: false },
};

export default config;
