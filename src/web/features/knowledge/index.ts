/** The knowledge feature's public entry: what other features may use (they import nothing else of knowledge/). */
export { InitiativesSection, type KnowledgeNode, type KnowledgeProgramme } from './components/initiatives-section';
export { SideListsSection } from './components/side-lists-section';
