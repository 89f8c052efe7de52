/** Search: the header's search box and the results page (/zoeken). */
export { SearchBox } from './components/search-box';
export { SearchPage } from './components/search-page';
