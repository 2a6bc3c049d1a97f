/* Correio do Povo article scripts (stub of the saved copy) */document.documentElement.classList.add('js');
