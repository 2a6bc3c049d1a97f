self.__NEXT_DATA__={page:'/artikelen/[id]/[slug]'};
