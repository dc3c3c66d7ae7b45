import { mountApp } from '@/components/ui/mount-app';
import { App } from './app';

mountApp(App);
