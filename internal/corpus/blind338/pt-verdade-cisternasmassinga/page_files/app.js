window.dataLayer=window.dataLayer||[];document.documentElement.className='js';
