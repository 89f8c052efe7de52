/** Moved to the shared components; kept as an alias for the progress pages. */
export { TableScroll } from '../../../components/table-scroll';
