/** "1 night", "3 nights": a count and its word, as the route tab writes them. */
export const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
