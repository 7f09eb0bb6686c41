// @storybook/web-components ships this entry point without types; it is the renderer's part of the project annotations.
declare module '@storybook/web-components/entry-preview' {
  import type { ProjectAnnotations } from 'storybook/internal/types';
  import type { WebComponentsRenderer } from '@storybook/web-components';

  export const render: ProjectAnnotations<WebComponentsRenderer>['render'];
  export const renderToCanvas: ProjectAnnotations<WebComponentsRenderer>['renderToCanvas'];
  export const parameters: ProjectAnnotations<WebComponentsRenderer>['parameters'];
}
