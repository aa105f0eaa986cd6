// Repositories of the records area (owned by the helper building that area).
export {};
