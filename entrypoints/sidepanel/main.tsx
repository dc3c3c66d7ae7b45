import { mountApp } from '@/components/ui/mount-app';
import { App } from './app';
import { installBenchHook } from './bench-hook';

installBenchHook();
mountApp(App);
