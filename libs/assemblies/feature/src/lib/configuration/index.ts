export { ConfigurationModule } from './configuration.module';
export { ConfigurationReader, type CurrentConfiguration } from './configuration-reader.service';
export { SeatClassType } from './congress-configuration.type';
