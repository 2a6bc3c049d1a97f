document.addEventListener('DOMContentLoaded',function(){var b=document.querySelector('.avis-galetes');if(b&&localStorage.getItem('galetes'))b.remove();});
