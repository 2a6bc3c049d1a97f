/* kmib view */ document.documentElement.className += ' js';
