/** The app's one toaster, so any feature can announce a result in the same place. */
export const appToasterId = 'app-toaster';
