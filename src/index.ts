// All-in-one entry: defines every widget. Each widget also has its own module (dist/<widget>.js).
export * from './core/public.js';
export { MspIdeaBox } from './widgets/idea-box/idea-box.js';
