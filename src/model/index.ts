export * from './vocabulary';
export * from './schema';
export * from './ids';
export * from './create';
export * from './restore';
export * from './structure';
export * from './teams';
export * from './maps';
