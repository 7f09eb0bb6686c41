// Registers every tag. Each element's own define module is safe to import twice.
export {};
