// Progressive enhancement: the pages work without this; with it, GOV.UK and MoJ components
// get their behaviour (error summary focus, checkboxes, ...).
import { initAll } from '/govuk/govuk-frontend.min.js';

initAll();
