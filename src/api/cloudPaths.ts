// The Cloud API's prefix (reference: cloudapi-openapi.v2.yml), for modules without RTK Query too.
export const CLOUD_PREFIX = "/api/image-builder-composer/v2";
