document.querySelector('.c-cookie__btn')&&document.querySelector('.c-cookie__btn').addEventListener('click',function(){document.getElementById('cookie-policy').remove();});
