// Repositories of the events area (owned by the helper building that area).
export {};
