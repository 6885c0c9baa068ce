/** Text made safe inside HTML text and quoted attributes, for the few pages written as strings (refusals, /go, feedback errors). */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
