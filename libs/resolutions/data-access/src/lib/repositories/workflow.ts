// Repositories of the workflow area (owned by the helper building that area).
export {};
