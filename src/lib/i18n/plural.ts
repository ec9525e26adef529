// English counts: "1 report", "2 reports". Chinese needs no plural; the dictionaries share this one.
export const plural = (count: number, word: string, many = `${word}s`): string => `${count} ${count === 1 ? word : many}`;
