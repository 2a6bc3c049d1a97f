var dataLayer=window.dataLayer||[];
