// Repositories of the submission area (owned by the helper building that area).
export {};
