import { render } from 'preact';
import '../../components/theme.css';
import '../../components/policy/policy.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
