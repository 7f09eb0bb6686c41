// @storybook/web-components ships this entry point without types: the argTypes the Docs and Controls derive from
// custom-elements.json.
declare module '@storybook/web-components/entry-preview-argtypes' {
  import type { ProjectAnnotations } from 'storybook/internal/types';
  import type { WebComponentsRenderer } from '@storybook/web-components';

  export const parameters: ProjectAnnotations<WebComponentsRenderer>['parameters'];
  export const argTypesEnhancers: ProjectAnnotations<WebComponentsRenderer>['argTypesEnhancers'];
}
