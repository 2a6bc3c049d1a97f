window.dataLayer=window.dataLayer||[];window.dataLayer.push({event:'gtm.js',page_type:'article',section:'stiri'});
