/** The publication feature's public entry: the page a visitor sees of a published programme. */
export { PublicProgrammePage } from './components/public-programme-page';
