import { render } from 'preact';
import '../../components/theme.css';
import '../../components/incident/incident.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
