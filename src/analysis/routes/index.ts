export { findBackends, type Backend, type BackendSite, type ServerFramework } from './backends';
export { portsIn, type PortDecl, type SourceFile } from './ports';
export { siteForRequest, type RequestOptions, type SiteMatch } from './site-for-request';
