export { provisionSite, type ProvisionChange, type ProvisionReport } from './provisionSite';
