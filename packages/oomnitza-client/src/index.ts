export { f, filter } from "./filter.js";
export { type FilterValue, quoteFilterValue } from "./quote-filter-value.js";
