/**
 * Adds VAT to a net amount.
 * @param {number} amount - the net amount
 * @param {"PT"|"ES"} [country] - where it is sold
 */
const rate = country === "PT" ? 0.23 : 0.21;
return "Gross " + (amount * (1 + rate)).toFixed(2) + " (" + (country || "ES") + ")";
